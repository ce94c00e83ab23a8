/**
 * Splits a command line the way a POSIX shell would, allowing only what a safe
 * cURL command may contain: bare words of safe characters, single-quoted strings
 * and \' between them. Throws on anything else outside quotes (an unquoted quote,
 * ; | & $ ` newline...): that would mean the shell could see something other than data.
 */
export function shellWords(cmd: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < cmd.length) {
    if (cmd[i] === ' ') {
      i++;
      continue;
    }
    let word = '';
    while (i < cmd.length && cmd[i] !== ' ') {
      const ch = cmd.charAt(i);
      if (ch === "'") {
        const end = cmd.indexOf("'", i + 1);
        if (end < 0) throw new Error(`unterminated quote in ${cmd}`);
        word += cmd.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '\\' && cmd[i + 1] === "'") {
        word += "'";
        i += 2;
      } else if (/[A-Za-z0-9_@%+=:,./-]/.test(ch)) {
        word += ch;
        i++;
      } else {
        throw new Error(`unquoted shell metacharacter ${JSON.stringify(ch)} in ${cmd}`);
      }
    }
    words.push(word);
  }
  return words;
}
