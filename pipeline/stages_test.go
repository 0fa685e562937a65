package pipeline

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunStageRecordsErrorsAndPanics(t *testing.T) {
	s := newSheet("a", "a.html")
	assert.True(t, runStage(s, "clean", func() error { return nil }))
	assert.Empty(t, s.Errors)

	assert.False(t, runStage(s, "annotate", func() error { return errors.New("no model") }))
	assert.False(t, runStage(s, "extract", func() error { panic("index out of range") }))
	assert.Equal(t, []StageError{
		{Stage: "annotate", Message: "a.html: annotate: no model"},
		{Stage: "extract", Message: "a.html: extract: internal error: index out of range"},
	}, s.Errors)
}
