// Package markup parses the small answer markup of the FAQ and renders it
// for Telegram (HTML parse mode), Discord (markdown) and plain text.
//
// # Basics
//
// The markup is described in docs/faq-format.md:
//
//   - a blank line separates paragraphs (blocks); other line breaks are kept;
//   - a line starting with "- " is a bullet;
//   - **bold** marks the one thing to remember;
//   - [text](https://…) is a link (https only);
//   - a backslash before an ASCII punctuation character writes it literally:
//     \* \[ \] \\ \{ \- …;
//   - {site.name} and the other placeholders are replaced by Fill before
//     parsing.
//
// Authors never escape HTML or markdown: the renderers do it. Escape turns
// arbitrary text (a mediator's or a resident's message) into markup that
// renders literally.
//
// # Caveats
//
// Bold and links do not span lines. A single "*" is an error (write "\*"),
// so that a forgotten star is caught by "pimmsbot faq check" instead of
// showing up in an answer.
package markup
