namespace TelnetTui.Fuzz.Targets;

/// <summary>Every fuzz target by name (the order the tool runs them in).</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
    [
        new TelnetDecoderTarget(),
        new TelnetEngineTarget(),
        new VtEmulatorTarget(),
        new InputDecoderTarget(),
        new TomlTarget(),
        new MudDataTarget(),
    ];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
