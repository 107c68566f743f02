# A static quotecheck on a distroless base:
#   docker build -t quotecheck .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" -w /work quotecheck check --against wire/ -o report.txt drafts/
# --user runs it as you, so that -o, --write-baseline and the profiles can
# write into the mounted folder (the image's own user, nonroot, uid 65532,
# may not) and what it writes is yours.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=""
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.Version=${VERSION}" -o /out/quotecheck ./cmd/quotecheck

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/quotecheck /usr/local/bin/quotecheck
WORKDIR /work
ENTRYPOINT ["/usr/local/bin/quotecheck"]
CMD ["--help"]
