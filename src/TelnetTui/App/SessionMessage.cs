using TelnetTui.Core.Sessions;
using TelnetTui.Tui.App;

namespace TelnetTui.App;

/// <summary>A session's background message on its way to the UI thread; its bytes count against the per-frame budget.</summary>
public sealed record SessionMessage(SessionInput Input) : Message
{
    public override int ByteCount => Input.ByteCount;
}
