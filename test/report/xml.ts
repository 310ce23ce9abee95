/** Parses SVG with a real XML parser (@xmldom/xmldom): any well-formedness error throws. */
import { DOMParser, type Document } from "@xmldom/xmldom";

export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(text, "image/svg+xml");
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join("; ")}`);
  return doc;
}

/** All text of the document's <text> and <title> elements, joined. */
export function svgText(doc: Document): string {
  const parts: string[] = [];
  for (const tag of ["text", "title"]) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) parts.push(list.item(i)?.textContent ?? "");
  }
  return parts.join("\n");
}
