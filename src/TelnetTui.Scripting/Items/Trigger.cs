using System.Text.RegularExpressions;

namespace TelnetTui.Scripting.Items;

/// <summary>A trigger on received lines: a regex, or plain text found with an ordinal search.</summary>
internal sealed class Trigger : ScriptItem
{
    public override ScriptItemKind Kind => ScriptItemKind.Trigger;

    public required string Pattern { get; init; }

    /// <summary>Null for plain-text triggers. Replaced by a non-backtracking build when the pattern keeps timing out.</summary>
    public Regex? Regex { get; set; }

    public bool Plain => Regex is null;

    public bool Gag { get; init; }

    /// <summary>Colour name or #rrggbb for the matched text.</summary>
    public string? Highlight { get; init; }

    /// <summary>Removed after the first hit.</summary>
    public bool Once { get; init; }

    /// <summary>Text every match contains (the pattern itself for plain triggers), or null when unknown.</summary>
    public string? Literal
    {
        get
        {
            if (Plain)
                return Pattern;
            _literal ??= Triggers.RequiredLiteral.Extract(Pattern) ?? "";
            return _literal.Length == 0 ? null : _literal;
        }
    }

    private string? _literal;
}
