namespace TelnetTui.Scripting.Items;

/// <summary>A handler for prompts, GMCP messages or MSDP variables.</summary>
internal sealed class ScriptEventHandler(ScriptItemKind kind) : ScriptItem
{
    public override ScriptItemKind Kind { get; } = kind;

    /// <summary>GMCP package/message or MSDP variable; empty or "*" for every message; unused for prompts.</summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// GMCP names are case-insensitive; a handler for "Char" also gets "Char.Vitals" (a package
    /// receives its messages). MSDP variable names match exactly.
    /// </summary>
    public bool Accepts(string name)
    {
        if (Name.Length == 0 || Name == "*")
            return true;
        if (Kind == ScriptItemKind.Msdp)
            return string.Equals(Name, name, StringComparison.Ordinal);
        return name.Length == Name.Length
            ? string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
            : name.Length > Name.Length && name[Name.Length] == '.' && name.StartsWith(Name, StringComparison.OrdinalIgnoreCase);
    }
}
