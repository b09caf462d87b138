namespace TelnetTui.Terminal.Parsing;

/// <summary>Limits that keep hostile input bounded in time and memory (each a named constant, as the project requires).</summary>
public static class VtLimits
{
    /// <summary>Numbers kept per control sequence, sub-parameters included; later ones are dropped.</summary>
    public const int MaxParameters = 32;

    /// <summary>Parameter values saturate here however many digits arrive.</summary>
    public const int MaxParameterValue = 65535;

    /// <summary>Intermediate bytes kept per sequence; a sequence with more is ignored.</summary>
    public const int MaxIntermediates = 2;

    /// <summary>OSC and DCS payloads longer than this (in decoded characters, about 1 MiB) are dropped whole.</summary>
    public const int MaxStringLength = 1 << 20;
}
