// Package markup parses the small answer markup of the FAQ and renders it
// for Telegram (HTML parse mode) and as plain text; DiscordEscape makes
// people's words literal on Discord.
//
// A reply enters as the core's text in this markup (a FAQ answer with
// its placeholders filled by Fill, a mediator's words made literal by
// Escape) and leaves as the text a channel sends: Parse gives a Doc, and
// the channel renders it (Doc.TelegramHTML on Telegram, Doc.Plain in the
// terminal and for length checks). The package keeps nothing.
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
