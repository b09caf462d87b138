namespace TelnetTui.Scripting.Items;

/// <summary>What an item does when it fires: call a Lua function (a registry reference), send text, or nothing.</summary>
internal readonly record struct ScriptAction(int FunctionRef, string? Text)
{
    public static readonly ScriptAction None = new(0, null);

    public bool IsFunction => FunctionRef > 0;

    public static ScriptAction Function(int reference) => new(reference, null);

    public static ScriptAction Send(string text) => new(0, text);
}
