// Package faq holds the curated FAQ of pimmsbot: YAML files written by the
// site's content editors, embedded in the binary.
//
// How to edit it is explained in docs/faq-format.md; "pimmsbot faq check"
// validates the files before they are used.
package faq

import "embed"

// FS holds the FAQ files: themes.yaml, intents.yaml, synonyms.yaml and one
// file per theme.
//
//go:embed *.yaml
var FS embed.FS
