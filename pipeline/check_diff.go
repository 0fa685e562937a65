package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Difference is one place where two JSON documents disagree: the field
// path ("quotes[5].speaker") and the old and new values as short JSON
// ("(absent)" where one side has nothing).
type Difference struct {
	// Path is the field's path in the sheet ("quotes[5].speaker").
	Path string
	// Old and New are the values in want.json and now, as short JSON.
	Old string
	New string
}

// String formats d as `path: old -> new`.
func (d Difference) String() string {
	return fmt.Sprintf("%s: %s -> %s", d.Path, d.Old, d.New)
}

// absent stands for a value one side does not have.
const absent = "(absent)"

// DiffJSON compares two JSON documents canonically (only the order of
// object keys is ignored; numbers compare by value) and returns their
// differences, object keys in sorted order. Arrays of different lengths
// are aligned on their equal elements and then on elements with the same
// name or text, so one inserted quote shows as one addition, not as a
// change to every quote after it. It fails when either document is not
// JSON.
func DiffJSON(before, after []byte) ([]Difference, error) {
	a, err := decodeJSON(before)
	if err != nil {
		return nil, fmt.Errorf("old document: %w", err)
	}
	b, err := decodeJSON(after)
	if err != nil {
		return nil, fmt.Errorf("new document: %w", err)
	}
	var d differ
	d.diff("", a, b)
	return d.out, nil
}

func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return v, nil
}

type differ struct{ out []Difference }

func (d *differ) add(path string, a, b any, aok, bok bool) {
	was, now := absent, absent
	if aok && bok {
		if sa, ok := a.(string); ok {
			if sb, ok := b.(string); ok {
				was, now = shortenPair(sa, sb)
				d.out = append(d.out, Difference{Path: rootPath(path), Old: was, New: now})
				return
			}
		}
	}
	if aok {
		was = shortJSON(a)
	}
	if bok {
		now = shortJSON(b)
	}
	d.out = append(d.out, Difference{Path: rootPath(path), Old: was, New: now})
}

func rootPath(p string) string {
	if p == "" {
		return "(document)"
	}
	return p
}

func (d *differ) diff(path string, a, b any) {
	switch x := a.(type) {
	case map[string]any:
		if y, ok := b.(map[string]any); ok {
			d.diffObjects(path, x, y)
			return
		}
	case []any:
		if y, ok := b.([]any); ok {
			d.diffArrays(path, x, y)
			return
		}
	}
	if !equalJSON(a, b) {
		d.add(path, a, b, true, true)
	}
}

func (d *differ) diffObjects(path string, a, b map[string]any) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := joinPath(path, k)
		av, aok := a[k]
		bv, bok := b[k]
		if aok && bok {
			d.diff(p, av, bv)
		} else {
			d.add(p, av, bv, aok, bok)
		}
	}
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// diffArrays compares element by element when the lengths agree, and
// otherwise aligns the arrays on their longest common run of equal
// elements, then, in the stretches between, on elements with the same
// identity (an object's "name" or "text"), so that one inserted entity
// shows as one addition plus the ids that moved, not as a change to every
// entity after it.
func (d *differ) diffArrays(path string, a, b []any) {
	if len(a) == len(b) {
		for i := range a {
			d.diff(fmt.Sprintf("%s[%d]", path, i), a[i], b[i])
		}
		return
	}
	gap := func(a, b []any, i, j int) { d.diffGap(path, a, b, i, j) }
	d.align(path, a, b, 0, 0, equalJSON, func(a, b []any, i, j int) {
		d.align(path, a, b, i, j, sameIdentity, gap)
	})
}

// align walks a and b (starting at indexes i and j of the whole arrays)
// along a longest common subsequence under eq: matched pairs are
// compared, and the stretches between them go to gap.
func (d *differ) align(path string, a, b []any, i, j int, eq func(x, y any) bool, gap func(a, b []any, i, j int)) {
	x, y := 0, 0
	for _, m := range lcs(a, b, eq) {
		gap(a[x:m[0]], b[y:m[1]], i+x, j+y)
		d.diff(fmt.Sprintf("%s[%d]", path, j+m[1]), a[m[0]], b[m[1]])
		x, y = m[0]+1, m[1]+1
	}
	gap(a[x:], b[y:], i+x, j+y)
}

// diffGap compares the unmatched stretches a (from index i of the old
// array) and b (from index j of the new one): pairs first, then removals
// or additions.
func (d *differ) diffGap(path string, a, b []any, i, j int) {
	n := min(len(a), len(b))
	for k := range n {
		d.diff(fmt.Sprintf("%s[%d]", path, j+k), a[k], b[k])
	}
	for k := n; k < len(a); k++ {
		d.add(fmt.Sprintf("%s[%d]", path, i+k), a[k], nil, true, false)
	}
	for k := n; k < len(b); k++ {
		d.add(fmt.Sprintf("%s[%d]", path, j+k), nil, b[k], false, true)
	}
}

// identity returns what names an array element for alignment: an
// object's "name" or "text", else nothing.
func identity(v any) (string, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return "", false
	}
	for _, k := range []string{"name", "text"} {
		if s, ok := m[k].(string); ok {
			return k + "\x00" + s, true
		}
	}
	return "", false
}

func sameIdentity(x, y any) bool {
	a, ok1 := identity(x)
	b, ok2 := identity(y)
	return ok1 && ok2 && a == b
}

// lcs returns the index pairs of a longest common subsequence of a and b
// under eq, in order.
func lcs(a, b []any, eq func(x, y any) bool) [][2]int {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if eq(a[i], b[j]) {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case eq(a[i], b[j]) && t[i][j] == t[i+1][j+1]+1:
			out = append(out, [2]int{i, j})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// equalJSON reports whether two decoded JSON values are equal, numbers by
// value.
func equalJSON(a, b any) bool {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !equalJSON(v, w) {
				return false
			}
		}
		return true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalJSON(x[i], y[i]) {
				return false
			}
		}
		return true
	case json.Number:
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		fx, err1 := strconv.ParseFloat(string(x), 64)
		fy, err2 := strconv.ParseFloat(string(y), 64)
		return err1 == nil && err2 == nil && fx == fy
	default:
		return a == b
	}
}

// maxShown is the most bytes of one value a difference shows.
const maxShown = 120

// shortJSON renders v as compact JSON, an object's naming keys first
// (name, text, type, speaker, value, kind…), cut to about maxShown bytes.
func shortJSON(v any) string {
	var sb strings.Builder
	writeJSON(&sb, v)
	s := sb.String()
	if len(s) > maxShown {
		s = cutUTF8(s, maxShown) + "…"
	}
	return s
}

// leadKeys are shown first in an object, in this order.
var leadKeys = []string{"name", "text", "type", "speaker", "value", "kind", "subject", "metric", "start", "end"}

func writeJSON(sb *strings.Builder, v any) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			ri, rj := leadRank(keys[i]), leadRank(keys[j])
			if ri != rj {
				return ri < rj
			}
			return keys[i] < keys[j]
		})
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(quoteJSON(k) + ":")
			writeJSON(sb, x[k])
		}
		sb.WriteByte('}')
	case []any:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			writeJSON(sb, e)
		}
		sb.WriteByte(']')
	case string:
		sb.WriteString(quoteJSON(x))
	case json.Number:
		sb.WriteString(x.String())
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprint(sb, x)
	}
}

func leadRank(k string) int {
	for i, l := range leadKeys {
		if k == l {
			return i
		}
	}
	return len(leadKeys)
}

// shortenPair quotes two long strings showing a window around their first
// difference, with "…" where text is left out.
func shortenPair(a, b string) (string, string) {
	if len(a) <= maxShown && len(b) <= maxShown {
		return quoteJSON(a), quoteJSON(b)
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	start := max(0, p-maxShown/3)
	for start > 0 && !utf8.RuneStart(a[start]) {
		start--
	}
	return window(a, start), window(b, start)
}

func window(s string, start int) string {
	if start > len(s) {
		start = len(s)
	}
	out := s[start:]
	if len(out) > maxShown {
		out = cutUTF8(out, maxShown)
	}
	q := quoteJSON(out)
	if start > 0 {
		q = "…" + q
	}
	if start+len(out) < len(s) {
		q += "…"
	}
	return q
}

func cutUTF8(s string, n int) string {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func quoteJSON(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}
