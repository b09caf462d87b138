using TelnetTui.Scripting.Tests.Infrastructure;

namespace TelnetTui.Scripting.Tests.Api;

/// <summary>session.* and screen.*: live facts from the host.</summary>
public class SessionApiTests
{
    [Fact]
    public void Session_fields_come_from_the_host_live()
    {
        using var bed = new ScriptBed();
        Assert.Equal("127.0.0.1\t4000\tdemo-mud\tline\t120\t40\tutf-8\tfalse\ttrue", bed.Eval("session.host, session.port, session.id, session.mode, session.cols, session.rows, session.encoding, session.tls, session.connected"));
        Assert.Equal("true\tfalse\tnil", bed.Eval("session.options.gmcp.remote, session.options.naws.remote, session.options.echo"));
        bed.Host.Session = bed.Host.Session with { Mode = "character", Columns = 80 };
        Assert.Equal("character\t80", bed.Eval("session.mode, session.cols"));
        Assert.Equal("nil", bed.Eval("session.nonsense"));
    }

    [Fact]
    public void Session_is_read_only()
    {
        using var bed = new ScriptBed();
        Assert.Contains("session is read-only", bed.Fail("session.host = 'evil'").Message);
    }

    [Fact]
    public void Screen_rows_are_numbered_from_one()
    {
        using var bed = new ScriptBed();
        bed.Host.Screen = new FakeScreen("Welcome to the BBS", "", "Login:");
        Assert.Equal("Welcome to the BBS\tLogin:\tnil\tnil", bed.Eval("screen.row(1), screen.row(3), screen.row(0), screen.row(4)"));
        Assert.Equal("Welcome to the BBS\n\nLogin:", bed.Eval("screen.text()"));
        Assert.Equal("80\t3", bed.Eval("screen.size()"));
    }

    [Fact]
    public void Without_a_screen_screen_calls_are_errors()
    {
        using var bed = new ScriptBed();
        Assert.Contains("there is no screen", bed.Fail("screen.text()").Message);
    }
}
