using TelnetTui.Scripting.Items;

namespace TelnetTui.Scripting.Pane;

/// <summary>
/// A trigger, alias, timer or handler as the script pane lists it: what it matches, where it was
/// defined, whether it is on, and how often it fired.
/// </summary>
public sealed record ScriptItemInfo(
    int Id,
    ScriptItemKind Kind,
    string Pattern,
    string Source,
    string? Group,
    bool Enabled,
    long Hits,
    string Details);
