namespace TelnetTui.Core.Input;

/// <summary>
/// What a key sends: <see cref="Bytes"/> (data, before telnet escaping), then the host's Enter key when
/// <see cref="Enter"/> is set. Enter is left to the telnet layer because what it sends depends on the
/// host (CR LF, CR NUL, LF) and on BINARY (a raw CR).
/// </summary>
public readonly record struct KeyOutput(byte[] Bytes, bool Enter)
{
    public static KeyOutput None { get; } = new([], false);

    public bool IsEmpty => Bytes.Length == 0 && !Enter;
}
