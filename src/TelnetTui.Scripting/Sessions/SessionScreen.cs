using System.Text;
using TelnetTui.Core.Sessions;
using TelnetTui.Scripting.Host;

namespace TelnetTui.Scripting.Sessions;

/// <summary>The session's emulator screen as scripts read it (the visible rows, not the scrollback).</summary>
internal sealed class SessionScreen(Session session) : IScriptScreen
{
    public int Columns => session.Screen.Columns;

    public int Rows => session.Screen.Rows;

    public string Row(int index) => session.Screen.GetLineText(index);

    public string Text()
    {
        var screen = session.Screen;
        var sb = new StringBuilder(screen.Rows * (screen.Columns + 1));
        for (var row = 0; row < screen.Rows; row++)
        {
            if (row > 0)
                sb.Append('\n');
            sb.Append(screen.GetLineText(row));
        }
        return sb.ToString();
    }
}
