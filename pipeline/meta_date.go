package pipeline

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms found in metadata, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 Z0700",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// localLayouts carry no time zone: only their date is kept.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2 Jan 2006", "January 2 2006", "Jan. 2, 2006", "02.01.2006", "2006-1-2",
	// The en-US machine form of a date-time ("05/08/2014 07:01:00", as
	// .NET and many US systems write it) is month first; a date alone in
	// slashes is left to dateInText, which reads it day first.
	"01/02/2006 15:04:05", "1/2/2006 3:04:05 PM",
}

// normalizeDate parses a metadata date and returns it as RFC 3339: a full
// date-time when the value has a time zone, else the date alone
// (YYYY-MM-DD). A date written out in words or figures ("5. März 2021",
// "05.03.2021") and a count of Unix seconds are read too. It returns ""
// for values it cannot read or years outside 1990–2100.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return t.Format(time.RFC3339)
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return t.Format("2006-01-02")
		}
	}
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		return normalizeDate(s[:10])
	}
	if len(s) == 10 && isDigits(s) {
		return unixDate(s)
	}
	return dateInText(s)
}

// unixDate reads a count of seconds since 1970 (as some date meta tags
// give it) as an RFC 3339 time in UTC, or "".
func unixDate(s string) string {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return ""
	}
	if t := time.Unix(n, 0).UTC(); plausibleYear(t) {
		return t.Format(time.RFC3339)
	}
	return ""
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

// firstDate returns the first of vals that normalizeDate can read.
func firstDate(vals ...string) string {
	for _, v := range vals {
		if d := normalizeDate(v); d != "" {
			return d
		}
	}
	return ""
}

// dateFromURL finds a /YYYY/MM/DD/ or /YYYY-MM-DD path segment in a URL and
// returns it as YYYY-MM-DD, or "".
func dateFromURL(u string) string {
	for i := 0; i+10 <= len(u); i++ {
		if u[i] != '/' {
			continue
		}
		seg := u[i+1:]
		if len(seg) >= 10 && isDigits(seg[:4]) && (seg[4] == '/' || seg[4] == '-') && isDigits(seg[5:7]) && seg[7] == seg[4] && isDigits(seg[8:10]) {
			if d := normalizeDate(seg[:4] + "-" + seg[5:7] + "-" + seg[8:10]); d != "" {
				return d
			}
		}
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
