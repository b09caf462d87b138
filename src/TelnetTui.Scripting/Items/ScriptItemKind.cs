namespace TelnetTui.Scripting.Items;

/// <summary>The things scripts (and the host's TOML entry) register with the engine.</summary>
public enum ScriptItemKind
{
    Trigger,
    Alias,
    Timer,
    Prompt,
    Gmcp,
    Msdp,
}
