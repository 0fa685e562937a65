package pipeline_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/pipeline"
)

func ExampleDiffJSON() {
	want := []byte(`{"quotes": [{"text": "We did it.", "speaker": "Liron Velleman"}]}`)
	got := []byte(`{"quotes": [{"speaker": "Ella Rose", "text": "We did it."}]}`)
	diffs, err := pipeline.DiffJSON(want, got)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range diffs {
		fmt.Println("barnet: " + d.String())
	}
	// Output:
	// barnet: quotes[0].speaker: "Liron Velleman" -> "Ella Rose"
}
