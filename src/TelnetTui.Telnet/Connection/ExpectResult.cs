using System.Text.RegularExpressions;

namespace TelnetTui.Telnet.Connection;

/// <summary>
/// What <see cref="TelnetChannel.ExpectAsync"/> found, as telnetlib's <c>expect</c> returns it: the index of
/// the first pattern that matched (-1 on timeout or end of stream), the match, and the text read up to
/// and including the match (everything read, when nothing matched).
/// </summary>
public readonly record struct ExpectResult(int Index, Match? Match, string Text);
