package corpus

import (
	"path/filepath"
	"strings"
)

type specKind int

const (
	kindPath   specKind = iota // a file or a directory
	kindStdin                  // "-"
	kindURL                    // http:// or https://
	kindBadURL                 // any other scheme://
)

// kindOf says what a source spec names.
func kindOf(s string) specKind {
	if s == "-" {
		return kindStdin
	}
	i := strings.Index(s, "://")
	if i <= 0 || !isScheme(s[:i]) {
		return kindPath
	}
	switch strings.ToLower(s[:i]) {
	case "http", "https":
		return kindURL
	}
	return kindBadURL
}

func isScheme(s string) bool {
	for i, c := range s {
		alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !alpha && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

type container int

const (
	containerNone container = iota
	containerWARC
	containerJSONL
	containerTar
	containerZip
)

// containerOf says which kind of multi-article file a name is, by its
// extension.
func containerOf(p string) container {
	l := strings.ToLower(p)
	switch {
	case strings.HasSuffix(l, ".warc"), strings.HasSuffix(l, ".warc.gz"):
		return containerWARC
	case strings.HasSuffix(l, ".jsonl"), strings.HasSuffix(l, ".jsonl.gz"),
		strings.HasSuffix(l, ".ndjson"), strings.HasSuffix(l, ".ndjson.gz"):
		return containerJSONL
	case strings.HasSuffix(l, ".tar"), strings.HasSuffix(l, ".tar.gz"), strings.HasSuffix(l, ".tgz"):
		return containerTar
	case strings.HasSuffix(l, ".zip"):
		return containerZip
	}
	return containerNone
}

// IsSourceFile reports whether a directory walk picks up path p: an
// article file (IsArticleFile) or a WARC, JSON Lines, tar or zip file.
func IsSourceFile(p string) bool {
	return IsArticleFile(p) || containerOf(p) != containerNone
}

func dirOf(p string) string { return filepath.Dir(p) }
