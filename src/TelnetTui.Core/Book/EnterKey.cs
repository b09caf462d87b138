namespace TelnetTui.Core.Book;

/// <summary>What Enter sends. RFC 854: a bare CR must be followed by NUL or LF; some hosts want LF alone.</summary>
public enum EnterKey
{
    CrLf,
    CrNul,
    Lf,
}
