package pipeline

import (
	"testing"
	"time"
)

// FuzzDates checks that no date text or metadata value makes the date
// reading panic, and that every date it returns parses as RFC 3339 (a
// date-time or a date alone).
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"26. November 2026", "26.11.2026", "Publié le 3 mars 2021", "26 de noviembre de 2026", "Nov. 26, 2026", "26th November 2026",
		"2026-11-26T10:00:00+01:00", "1614953100", "31.04.2026", "2026-13-45", "Updated 27 Nov 2026 | 26 Nov 2026", "1º", "-./", "9999999999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []string{dateInText(s), normalizeDate(s), numericDate(s), dateFromURL(s)} {
			if d == "" {
				continue
			}
			if _, err := time.Parse(time.RFC3339, d); err != nil {
				if _, err := time.Parse("2006-01-02", d); err != nil {
					t.Fatalf("%q gave %q, not RFC 3339", s, d)
				}
			}
		}
		_ = dateLineText(s)
		_ = nameFromProfileURL(s)
		_ = slugName(s)
	})
}
