package report

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromiumPath finds a Chromium to drive; the test skips without one,
// except under CI, where a missing browser is a failure.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("QUOTECHECK_CHROMIUM"), "/usr/bin/chromium"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found (install the Debian package chromium, or set QUOTECHECK_CHROMIUM); CI=true so this is a failure")
	}
	t.Skip("no Chromium found: install the Debian package chromium (or set QUOTECHECK_CHROMIUM) to run the browser test")
	return ""
}

// browser starts headless Chromium with a fresh profile and no network use.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// Start the browser on a context without a deadline: a deadline on the
	// first Run would bound the browser's whole life.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// within runs steps with a deadline, so that no wait on the browser hangs.
func within(ctx context.Context, t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](ctx context.Context, t *testing.T, js string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// writePage renders d into a temporary file and gives its file:// address.
func writePage(t *testing.T, d *Diff) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(f, d); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

// watchDialogs counts JavaScript dialogs (alert, confirm, prompt) the page
// opens, dismissing each so the page never blocks.
func watchDialogs(ctx context.Context, t *testing.T) *atomic.Int32 {
	var n atomic.Int32
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			n.Add(1)
			t.Logf("dialog opened: %q", ev.Message)
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return &n
}

func TestBrowserReport(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := browser(t)
	dialogs := watchDialogs(ctx, t)
	pages := []struct {
		name string
		diff func(*testing.T) *Diff
		shot string // environment variable naming where to save a screenshot
	}{
		{"fixture", func(t *testing.T) *Diff { return loadFixture(t) }, "QUOTECHECK_SCREENSHOT_FIXTURE"},
		{"seeds", seedsDiff, "QUOTECHECK_SCREENSHOT"},
	}
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			d := pg.diff(t)
			within(ctx, t, chromedp.Navigate(writePage(t, d)), chromedp.WaitReady(chromedp.CSS("#filters:not([hidden])")))
			t.Run("content", func(t *testing.T) { checkContent(ctx, t, d) })
			t.Run("hostile text ran nothing", func(t *testing.T) { checkHostile(ctx, t, d, dialogs) })
			t.Run("severity filter", func(t *testing.T) { checkSeverityFilter(ctx, t) })
			t.Run("outlet filter", func(t *testing.T) { checkOutletFilter(ctx, t) })
			t.Run("phone width", func(t *testing.T) { checkPhone(ctx, t, pg.shot+"_PHONE") })
			t.Run("print", func(t *testing.T) { checkPrint(ctx, t, pg.shot+"_PRINT") })
			saveShot(ctx, t, pg.shot, true)
		})
	}
	t.Run("scripts off", func(t *testing.T) { checkScriptsOff(ctx, t, loadFixture(t)) })
}

// checkScriptsOff loads the page with JavaScript disabled: every utterance
// shows and the filters, which need the script, do not.
func checkScriptsOff(ctx context.Context, t *testing.T, d *Diff) {
	setScripts := func(off bool) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: off})
			return err
		})
	}
	within(ctx, t, setScripts(true), chromedp.Navigate(writePage(t, d)), chromedp.WaitReady(chromedp.CSS("footer")))
	defer within(ctx, t, setScripts(false))
	if got := eval[int](ctx, t, visible); got != len(d.Utterances) {
		t.Errorf("with scripts off %d of %d utterances show", got, len(d.Utterances))
	}
	if eval[bool](ctx, t, `document.getElementById("filters").offsetParent !== null`) {
		t.Error("with scripts off the filters show, though they cannot work")
	}
	if eval[string](ctx, t, `document.getElementById("shown").textContent`) != "" {
		t.Error("with scripts off the page's script ran")
	}
}

func checkContent(ctx context.Context, t *testing.T, d *Diff) {
	p := buildPage(d)
	if got := eval[int](ctx, t, `document.querySelectorAll("section.utt").length`); got != len(d.Utterances) {
		t.Errorf("page shows %d utterances, want %d", got, len(d.Utterances))
	}
	counts := map[string]int{"utterances": p.Counts.Shared, "error": p.Counts.Error,
		"warning": p.Counts.Warning, "info": p.Counts.Info, "same": p.Counts.Same, "single": p.Counts.Single}
	for name, want := range counts {
		got := eval[string](ctx, t, `document.querySelector("[data-count=`+name+`]").textContent`)
		if got != strconv.Itoa(want) {
			t.Errorf("summary count %s = %s, want %d", name, got, want)
		}
	}
	for _, want := range expectedMarks(p) {
		js := `Array.from(document.querySelectorAll(` + jsString(want.sel) + `)).some(e => e.textContent.includes(` + jsString(want.text) + `))`
		if !eval[bool](ctx, t, js) {
			t.Errorf("no %s element shows %q", want.sel, want.text)
		}
	}
	if len(p.Utterances) > 0 {
		first := eval[string](ctx, t, `document.querySelector("section.utt").dataset.severity`)
		if first != p.Utterances[0].Severity {
			t.Errorf("first utterance has severity %s, want %s (worst first)", first, p.Utterances[0].Severity)
		}
	}
	if !eval[bool](ctx, t, `getComputedStyle(document.querySelector(".legend del")).textDecorationLine.includes("line-through")`) {
		t.Error("<del> is not struck through (is the page's CSS blocked?)")
	}
}

type mark struct{ sel, text string }

// expectedMarks lists, for every utterance, its canonical wording, its
// speaker conflict and every marked insertion and deletion.
func expectedMarks(p htmlPage) []mark {
	var out []mark
	for _, u := range p.Utterances {
		sec := "#" + u.Anchor
		out = append(out, mark{sec + " blockquote", u.Canonical})
		if u.Conflict != "" {
			out = append(out, mark{sec + " .conflict", u.Conflict})
		}
		for _, v := range u.Versions {
			for _, s := range v.Segments {
				switch s.Op {
				case opDel, opIns:
					out = append(out, mark{sec + " .vtext " + s.Op, s.Text})
				case opContext:
					out = append(out, mark{sec + " .vtext .ctx", s.Text})
				}
			}
		}
	}
	return out
}

// payloads are the hostile strings of testdata/html/hostile*.txt.
var payloads = []string{"<script>window.__pwned = 1;", `"><img src=x onerror=`, "javascript:alert(document.cookie)"}

func checkHostile(ctx context.Context, t *testing.T, d *Diff, dialogs *atomic.Int32) {
	if eval[bool](ctx, t, `"__pwned" in window`) {
		t.Error("the hostile article's payload ran: window.__pwned is set")
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d dialogs opened", n)
	}
	if n := eval[int](ctx, t, `document.querySelectorAll("main img, main script, main [onerror]").length`); n != 0 {
		t.Errorf("%d elements from article text became markup", n)
	}
	shown := 0
	for _, lit := range payloads {
		if !quoted(d, lit) {
			continue
		}
		shown++
		if !eval[bool](ctx, t, `document.querySelector("main").textContent.includes(`+jsString(lit)+`)`) {
			t.Errorf("the page does not show %q as text", lit)
		}
	}
	if shown == 0 {
		t.Error("no quotation of the diff holds a hostile payload: the hostile articles were not read")
	}
	if n := eval[int](ctx, t, `Array.from(document.links).filter(a => a.protocol === "javascript:").length`); n != 0 {
		t.Errorf("%d javascript: links on the page", n)
	}
}

// visible counts the utterances shown.
const visible = `Array.from(document.querySelectorAll("section.utt")).filter(e => e.offsetParent !== null).length`

func checkSeverityFilter(ctx context.Context, t *testing.T) {
	all := eval[int](ctx, t, visible)
	errs := eval[int](ctx, t, `document.querySelectorAll("section.utt[data-severity=error]").length`)
	within(ctx, t, chromedp.Click(chromedp.CSS(`input[name=severity][value=error]`)))
	if got := eval[int](ctx, t, visible); got != all-errs {
		t.Errorf("after unticking errors %d utterances show, want %d", got, all-errs)
	}
	if eval[bool](ctx, t, `Array.from(document.querySelectorAll("section.utt[data-severity=error]")).some(e => e.offsetParent !== null)`) {
		t.Error("an error utterance still shows")
	}
	if got := eval[string](ctx, t, `document.getElementById("shown").textContent`); !strings.Contains(got, strconv.Itoa(all-errs)) {
		t.Errorf("status line %q does not give the new count", got)
	}
	within(ctx, t, chromedp.Click(chromedp.CSS(`input[name=severity][value=error]`)))
	if got := eval[int](ctx, t, visible); got != all {
		t.Errorf("after ticking errors again %d utterances show, want %d", got, all)
	}
}

func checkOutletFilter(ctx context.Context, t *testing.T) {
	key := eval[string](ctx, t, `document.querySelector("input[name=outlet]").value`)
	hidden := `Array.from(document.querySelectorAll(".version[data-outlet=` + key + `]")).every(e => e.offsetParent === null)`
	within(ctx, t, chromedp.Click(chromedp.CSS(`input[name=outlet][value=`+key+`]`)))
	if !eval[bool](ctx, t, hidden) {
		t.Errorf("unticking outlet %s leaves its versions showing", key)
	}
	within(ctx, t, chromedp.Click(chromedp.CSS(`input[name=outlet][value=`+key+`]`)))
	if eval[bool](ctx, t, hidden) {
		t.Errorf("ticking outlet %s again does not show its versions", key)
	}
}

func checkPhone(ctx context.Context, t *testing.T, shot string) {
	within(ctx, t, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	defer within(ctx, t, chromedp.EmulateViewport(1280, 900))
	if w := eval[int](ctx, t, `document.documentElement.scrollWidth`); w > 375 {
		t.Errorf("at 375px the page is %dpx wide: it scrolls sideways", w)
	}
	saveShot(ctx, t, shot, true)
}

func checkPrint(ctx context.Context, t *testing.T, shot string) {
	within(ctx, t, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	defer within(ctx, t, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
		return err
	}))
	if eval[bool](ctx, t, `document.getElementById("filters").offsetParent !== null`) {
		t.Error("the filters show in print")
	}
	if got := eval[string](ctx, t, `getComputedStyle(document.querySelector("section.utt")).breakInside`); got != "avoid" {
		t.Errorf("utterances have break-inside %q in print, want avoid", got)
	}
	saveShot(ctx, t, shot, true)
}

// quoted reports whether any quotation in d holds s.
func quoted(d *Diff, s string) bool {
	for _, u := range d.Utterances {
		for _, v := range u.Versions {
			if strings.Contains(v.Text, s) {
				return true
			}
		}
	}
	return false
}

// saveShot saves a screenshot to the path in the environment variable env,
// when it is set: the whole page when full, else the viewport.
func saveShot(ctx context.Context, t *testing.T, env string, full bool) {
	path := os.Getenv(env)
	if path == "" {
		return
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(tctx, shot)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot saved to %s", path)
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == '<' || r == '>':
			b.WriteString(`\u00` + string("0123456789abcdef"[r>>4]) + string("0123456789abcdef"[r&15]))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
