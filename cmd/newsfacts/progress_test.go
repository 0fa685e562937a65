package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestProgressLine(t *testing.T) {
	p := newProgress(&bytes.Buffer{}, 100)
	p.start = time.Unix(0, 0)
	for i := 0; i < 20; i++ {
		p.add(i == 3)
	}
	assert.Equal(t, "20/100 articles, 1 failed, 2.0/s, ETA 40s", p.line(time.Unix(10, 0)))
	p.total = -1
	assert.Equal(t, "20 articles, 1 failed, 2.0/s", p.line(time.Unix(10, 0)))
}

func TestProgressQuietOffTerminal(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 10)
	p.every = 0
	p.add(false)
	p.clear()
	assert.Empty(t, b.String(), "a buffer is not a terminal")
}
