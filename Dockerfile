# A static quotecheck on a distroless base:
#   docker build -t quotecheck .
#   docker run --rm -v "$PWD:/work" -w /work quotecheck check --against wire/ drafts/
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
