namespace TelnetTui.Demo.Sessions;

/// <summary>Ends a session with a reason to show the client (idle, too much input, output stalled).</summary>
internal sealed class DemoDisconnectException(string reason, bool canSay = true) : Exception(reason)
{
    /// <summary>False when the client stopped reading, so saying goodbye would only wait again.</summary>
    public bool CanSay { get; } = canSay;
}
