package pipeline

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*/want.json with the sheets the cases give now")

// goldenDir holds the project's golden cases: one folder per case with one
// input and want.json.
var goldenDir = filepath.Join("..", "testdata", "golden")

// TestGolden runs every golden case with the same code as 'newsfacts
// check': the sheet must equal want.json (printed as field-path
// differences when not), hold its span invariants, fit the JSON Schema,
// and come out byte for byte the same on a second run.
func TestGolden(t *testing.T) {
	cases, err := FindCases(goldenDir)
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			ctx := context.Background()
			got, s, err := RunCase(ctx, c, Options{})
			require.NoError(t, err)
			require.Empty(t, s.Errors, "the case's article failed")
			again, _, err := RunCase(ctx, c, Options{})
			require.NoError(t, err)
			require.Equal(t, string(got), string(again), "two runs must give identical bytes")
			requireValidSheet(t, got)
			if errs := SpanErrors(s); len(errs) > 0 {
				t.Errorf("broken spans:\n%s", strings.Join(errs, "\n"))
			}
			if *update {
				require.NoError(t, writeFileAtomic(c.WantPath(), got))
				return
			}
			want, err := os.ReadFile(c.WantPath())
			require.NoError(t, err, "run 'go test ./pipeline -run TestGolden -update' to write it")
			diffs, err := DiffJSON(want, got)
			require.NoError(t, err)
			if len(diffs) > 0 {
				var sb strings.Builder
				for _, d := range diffs {
					sb.WriteString(c.Name + ": " + d.String() + "\n")
				}
				t.Errorf("the sheet differs from %s (want -> got); if the change is right, run 'go test ./pipeline -run TestGolden -update':\n%s", c.WantPath(), sb.String())
			}
		})
	}
}
