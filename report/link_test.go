package report

import "testing"

func TestTextFragmentLink(t *testing.T) {
	for _, tc := range []struct{ url, text, want string }{
		{"https://example.com/a", "Nope.", "https://example.com/a#:~:text=Nope."},
		{"https://example.com/a#top", "We will, we said - twice", "https://example.com/a#:~:text=We%20will%2C%20we%20said%20%2D%20twice"},
		{"https://example.com/a", "We will open the dock on Monday and keep it open all summer",
			"https://example.com/a#:~:text=We%20will%20open%20the,it%20open%20all%20summer"},
		{"https://example.com/a", "Café “ouvert”", "https://example.com/a#:~:text=Caf%C3%A9%20%E2%80%9Couvert%E2%80%9D"},
		{"testdata/seeds/a.txt", "Nope.", ""},
	} {
		if got := TextFragmentLink(tc.url, tc.text); got != tc.want {
			t.Errorf("TextFragmentLink(%q, %q) =\n %q, want\n %q", tc.url, tc.text, got, tc.want)
		}
	}
}
