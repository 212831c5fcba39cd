/**
 * JSON.parse keeps the last of two equal keys in one object and says nothing,
 * so `{"breakMinutes": 5, "breakMinutes": 60}` would import as 60 while the
 * file reads as 5 to whoever checks its top. This scan finds such keys in
 * text that JSON.parse has already accepted. It keeps its own stack (a file
 * nested fifty thousand deep is fine) and reads each character once.
 */

/** The first key that appears twice in the same object, or undefined. */
export function firstDuplicateKey(validJson: string): string | undefined {
  /** One entry per open container: the keys seen so far, or null for an array. */
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  const text = validJson;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = open.at(-1) instanceof Set;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey) {
        const keys = open.at(-1) as Set<string>;
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    }
  }
  return undefined;
}
