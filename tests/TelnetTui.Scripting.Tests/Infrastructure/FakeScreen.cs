using TelnetTui.Scripting.Host;

namespace TelnetTui.Scripting.Tests.Infrastructure;

public sealed class FakeScreen(params string[] rows) : IScriptScreen
{
    public int Columns => 80;

    public int Rows => rows.Length;

    public string Row(int index) => rows[index];

    public string Text() => string.Join("\n", rows);
}
