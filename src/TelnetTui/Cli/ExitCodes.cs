namespace TelnetTui.Cli;

/// <summary>Process exit codes promised by DESIGN.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Runtime failure: connection refused, script error, unreadable file.</summary>
    public const int Failure = 1;
    /// <summary>Bad usage or bad config.</summary>
    public const int Usage = 2;
}
