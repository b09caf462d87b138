namespace TelnetTui.Telnet.Sending;

/// <summary>
/// What the Enter key (end of a line) sends outside BINARY; a per-host setting. In BINARY nothing is
/// translated (see <see cref="TelnetEncoder.EnterKey"/> and <see cref="TelnetEncoder.LineEnd"/>).
/// </summary>
public enum EnterKeyMode
{
    /// <summary>CR LF, the NVT newline (RFC 854); what MUDs and most hosts expect.</summary>
    CrLf,
    /// <summary>CR NUL, the NVT carriage return; some BBSes want it from the Enter key.</summary>
    CrNul,
    /// <summary>A bare CR. RFC 854 forbids a bare CR outside BINARY, so it becomes CR NUL there.</summary>
    Cr,
    /// <summary>A bare LF.</summary>
    Lf,
}
