package extract

import (
	"fmt"
	"path"
	"strings"
)

// Rules are a user's changes to the word lists: for each named list,
// phrases to add, phrases to remove, or a whole new content. They come
// from a rules file (YAML or JSON):
//
//	lists:
//	  speech_cues:
//	    add: [fumed = fume, "blasted = blast"]
//	    remove: [claimed]
//	  honorifics:
//	    replace: [Mr = male, Mrs = female, Dr]
//	  desks:
//	    create: true
//	    add: [Metro desk]
//
// A list given as a plain sequence means add. Entries are written as in
// the data files: "phrase" or "phrase = value". Changes apply in the order
// replace, remove, add.
type Rules struct {
	// Source names the rules file in error messages.
	Source string
	lists  []listRules
}

// listRules are the changes to one list.
type listRules struct {
	name                 string
	line                 int
	create, replaceAll   bool
	replace, add, remove []ruleEntry
}

type ruleEntry struct {
	phrase, value string
	line          int
}

// ParseRules reads a rules file. name (the file's name) picks the format:
// ".json" (or content starting with "{") is JSON, anything else YAML. The
// error names the file and the line of the first problem.
func ParseRules(name string, data []byte) (*Rules, error) {
	var doc ruleNode
	var err error
	if strings.EqualFold(path.Ext(name), ".json") || strings.HasPrefix(strings.TrimSpace(string(data)), "{") {
		doc, err = parseJSONRules(data)
	} else {
		doc, err = parseYAMLRules(data)
	}
	if err == nil {
		var r *Rules
		r, err = rulesFrom(doc)
		if err == nil {
			r.Source = name
			return r, nil
		}
	}
	return nil, fmt.Errorf("rules %s: %w", name, err)
}

func rulesFrom(doc ruleNode) (*Rules, error) {
	if doc.kind != mapNode {
		return nil, lineError(doc.line, "the rules must be a mapping with the key \"lists\", not %s", doc.kind)
	}
	r := &Rules{}
	for i, k := range doc.keys {
		v := doc.items[i]
		switch k.scalar {
		case "lists":
			if v.kind != mapNode {
				return nil, lineError(v.line, "\"lists\" must map list names to changes, not be %s", v.kind)
			}
			seen := map[string]bool{}
			for j, name := range v.keys {
				if seen[name.scalar] {
					return nil, lineError(name.line, "list %q is given twice", name.scalar)
				}
				seen[name.scalar] = true
				lr, err := listRulesFrom(name, v.items[j])
				if err != nil {
					return nil, err
				}
				r.lists = append(r.lists, lr)
			}
		case "version":
			if v.kind != scalarNode || v.scalar != "1" {
				return nil, lineError(v.line, "unsupported rules version %q (this build reads version 1)", v.scalar)
			}
		default:
			return nil, lineError(k.line, "unknown key %q (want \"lists\" or \"version\")", k.scalar)
		}
	}
	return r, nil
}

func listRulesFrom(name, v ruleNode) (listRules, error) {
	lr := listRules{name: name.scalar, line: name.line}
	if strings.TrimSpace(lr.name) == "" {
		return lr, lineError(name.line, "empty list name")
	}
	if v.kind == seqNode {
		var err error
		lr.add, err = entries(v)
		return lr, err
	}
	if v.kind != mapNode {
		return lr, lineError(v.line, "list %q: want add/remove/replace/create, not %s", lr.name, v.kind)
	}
	for i, k := range v.keys {
		op := v.items[i]
		var err error
		switch k.scalar {
		case "add":
			lr.add, err = entries(op)
		case "remove":
			lr.remove, err = entries(op)
		case "replace":
			lr.replaceAll = true
			lr.replace, err = entries(op)
		case "create":
			lr.create, err = boolean(op)
		default:
			err = lineError(k.line, "list %q: unknown key %q (want add, remove, replace or create)", lr.name, k.scalar)
		}
		if err != nil {
			return lr, err
		}
	}
	return lr, nil
}

func entries(n ruleNode) ([]ruleEntry, error) {
	if n.kind != seqNode {
		return nil, lineError(n.line, "want a list of phrases, not %s", n.kind)
	}
	var out []ruleEntry
	for _, it := range n.items {
		if it.kind != scalarNode {
			return nil, lineError(it.line, "want a phrase (\"phrase\" or \"phrase = value\"), not %s", it.kind)
		}
		phrase, value, _ := strings.Cut(it.scalar, " = ")
		phrase, value = strings.TrimSpace(phrase), strings.TrimSpace(value)
		if phrase == "" {
			return nil, lineError(it.line, "empty phrase")
		}
		out = append(out, ruleEntry{phrase: phrase, value: value, line: it.line})
	}
	return out, nil
}

func boolean(n ruleNode) (bool, error) {
	if n.kind == scalarNode {
		switch n.scalar {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
	}
	return false, lineError(n.line, "want true or false")
}

// Apply returns a copy of base with the rules' changes; base is not
// touched. A list the base does not have is an error naming the rule's
// line, unless the rule says "create: true"; creating a list that exists
// is an error too, so a typo never silently makes a list nobody reads.
func (r *Rules) Apply(base *Lexicon) (*Lexicon, error) {
	x := base.Clone()
	for _, lr := range r.lists {
		_, exists := x.lists[lr.name]
		switch {
		case !exists && !lr.create:
			return nil, fmt.Errorf("rules %s: %w", r.Source, lineError(lr.line, "unknown list %q (known lists: %s); add \"create: true\" to make a new one",
				lr.name, strings.Join(x.Names(), ", ")))
		case exists && lr.create:
			return nil, fmt.Errorf("rules %s: %w", r.Source, lineError(lr.line, "list %q already exists: drop \"create: true\" to change it", lr.name))
		case !exists || lr.replaceAll:
			x.lists[lr.name] = newList()
		}
		for _, e := range lr.replace {
			x.Add(lr.name, e.phrase, e.value)
		}
		for _, e := range lr.remove {
			if !x.lists[lr.name].Has(e.phrase) {
				return nil, fmt.Errorf("rules %s: %w", r.Source, lineError(e.line, "cannot remove %q: it is not on list %q", e.phrase, lr.name))
			}
			x.Remove(lr.name, e.phrase)
		}
		for _, e := range lr.add {
			x.Add(lr.name, e.phrase, e.value)
		}
	}
	return x, nil
}
