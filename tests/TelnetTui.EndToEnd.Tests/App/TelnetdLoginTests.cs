using System.Text;
using TelnetTui.EndToEnd.Tests.Telnet;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// Issue 6: logging in to inetutils telnetd (a BSD telnetd: WILL ECHO, WILL SGA, then its own echo
/// handling) the password never shows — not on screen, not in the session log, not in the capture.
/// </summary>
public sealed class TelnetdLoginTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);
    private const string Password = "s3cret!pw";
    private readonly AppSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void The_password_is_masked_and_kept_out_of_the_log_and_capture()
    {
        using var telnetd = Telnetd.Start();
        var log = Path.Combine(_sandbox.Folder, "session.log");
        var capture = Path.Combine(_sandbox.Folder, "session.ttcap");
        using var tmux = _sandbox.Start($"--log {log} --capture {capture} 127.0.0.1 {telnetd.Port}", 100, 30);
        tmux.WaitForText("login:", Wait);
        tmux.Type("bob", enter: true);
        tmux.WaitForText("Password:", Wait);
        tmux.Type(Password);
        // telnetd's kludge line mode (WILL ECHO, no SGA): the input line masks what is typed, one bullet a character
        var typed = tmux.WaitForText(new string('•', Password.Length), Wait);
        Assert.DoesNotContain(Password, typed);
        tmux.SendKeys("Enter");
        var screen = tmux.WaitForText($"password of {Password.Length} characters", Wait);
        Assert.DoesNotContain(Password, screen);
        tmux.Type("echo done", enter: true);
        tmux.WaitForText("you typed: [echo done]", Wait);
        tmux.SendKeys("M-x");
        Assert.Equal(0, tmux.WaitForExit(Wait));
        Assert.DoesNotContain(Password, File.ReadAllText(log));
        Assert.Contains("bob", File.ReadAllText(log));
        var bytes = File.ReadAllBytes(capture);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Password)) < 0, "the password is in the capture");
    }
}
