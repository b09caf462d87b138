using System.Text.RegularExpressions;

namespace TelnetTui.Scripting.Items;

/// <summary>An alias on the user's input: the first enabled alias whose pattern matches a command replaces it.</summary>
internal sealed class Alias : ScriptItem
{
    public override ScriptItemKind Kind => ScriptItemKind.Alias;

    public required string Pattern { get; init; }

    public required Regex Regex { get; init; }
}
