// Package nfscoretest runs the independent Python scorer
// (../shared/bench/nfscore.py) for tests that check the Go scorer agrees
// with it. Tests skip when python3 or the shared folder is absent.
package nfscoretest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/testenv"
)

// Row is one kind's line of nfscore's facts table, with the scores as
// printed (three decimals).
type Row struct {
	P, R, F1   string
	Gold, Pred int
}

// Facts is what `nfscore.py facts` prints.
type Facts struct {
	Rows                    map[string]Row
	Speaker, QuoteSpeakerF1 string
	Missing                 int
}

// Claims is what `nfscore.py claims` prints.
type Claims struct {
	Recall      string
	Found, Gold int
}

// script returns the path of nfscore.py, skipping t when it or python3
// is absent.
func script(t testing.TB) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipped: python3 is not installed")
	}
	shared := testenv.SharedDir()
	if shared == "" {
		t.Skip("skipped: ../shared is absent")
	}
	p := filepath.Join(shared, "bench", "nfscore.py")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipped: %s is absent", p)
	}
	return p
}

func runScript(t testing.TB, args ...string) string {
	t.Helper()
	out, err := exec.Command("python3", append([]string{script(t)}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("nfscore.py %v: %v\n%s", args, err, out)
	}
	return string(out)
}

var (
	rowRE    = regexp.MustCompile(`^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)$`)
	factsRE  = regexp.MustCompile(`speaker=([\d.]+) quote_speaker_f1=([\d.]+) missing=(\d+)`)
	claimsRE = regexp.MustCompile(`^claims: recall=([\d.]+) found=(\d+) gold=(\d+)$`)
)

// RunFacts runs `nfscore.py facts goldDir sheets` and parses its output.
func RunFacts(t testing.TB, goldDir, sheets string) Facts {
	t.Helper()
	out := runScript(t, "facts", goldDir, sheets)
	f := Facts{Rows: map[string]Row{}}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := rowRE.FindStringSubmatch(line); m != nil {
			g, _ := strconv.Atoi(m[5])
			p, _ := strconv.Atoi(m[6])
			f.Rows[m[1]] = Row{P: m[2], R: m[3], F1: m[4], Gold: g, Pred: p}
		}
		if m := factsRE.FindStringSubmatch(line); m != nil && strings.HasPrefix(line, "facts:") {
			f.Speaker, f.QuoteSpeakerF1 = m[1], m[2]
			f.Missing, _ = strconv.Atoi(m[3])
		}
	}
	if len(f.Rows) != 5 || f.Speaker == "" {
		t.Fatalf("cannot read nfscore.py facts output:\n%s", out)
	}
	return f
}

// RunClaims runs `nfscore.py claims goldDir sheets` and parses its output.
func RunClaims(t testing.TB, goldDir, sheets string) Claims {
	t.Helper()
	out := runScript(t, "claims", goldDir, sheets)
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if m := claimsRE.FindStringSubmatch(strings.TrimSpace(sc.Text())); m != nil {
			c := Claims{Recall: m[1]}
			c.Found, _ = strconv.Atoi(m[2])
			c.Gold, _ = strconv.Atoi(m[3])
			return c
		}
	}
	t.Fatalf("cannot read nfscore.py claims output:\n%s", out)
	return Claims{}
}

// RunNormText returns nfscore.py's word tokens (norm_text) of each string.
func RunNormText(t testing.TB, texts []string) [][]string {
	t.Helper()
	p := script(t)
	in, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	code := `import sys, json; sys.path.insert(0, sys.argv[1]); import nfscore
print(json.dumps([nfscore.norm_text(s) for s in json.load(sys.stdin)]))`
	cmd := exec.Command("python3", "-c", code, filepath.Dir(p))
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nfscore norm_text: %v", err)
	}
	var toks [][]string
	if err := json.Unmarshal(out, &toks); err != nil {
		t.Fatalf("nfscore norm_text output: %v", err)
	}
	return toks
}
