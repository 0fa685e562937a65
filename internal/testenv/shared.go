// Package testenv finds the development sets that tests score against.
// They live outside the repository, in ../shared/eval beside the checkout
// (or where NEWSFACTS_SHARED points), and tests that need them skip with a
// clear message when they are absent.
package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// RepoRoot returns the repository's root directory (where go.mod is).
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// SharedDir returns the path of the shared folder (../shared beside the
// repository, or $NEWSFACTS_SHARED), or "" when it is absent.
func SharedDir() string {
	if d := os.Getenv("NEWSFACTS_SHARED"); d != "" {
		return d
	}
	d := filepath.Join(RepoRoot(), "..", "shared")
	if st, err := os.Stat(filepath.Join(d, "eval")); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// EvalDir returns ../shared/eval/<sub> or skips t when it is absent.
func EvalDir(t testing.TB, sub string) string {
	t.Helper()
	s := SharedDir()
	if s == "" {
		t.Skipf("skipped: the development sets are absent (want ../shared/eval/%s beside the checkout, or NEWSFACTS_SHARED)", sub)
	}
	d := filepath.Join(s, "eval", sub)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("skipped: %s is absent", d)
	}
	return d
}
