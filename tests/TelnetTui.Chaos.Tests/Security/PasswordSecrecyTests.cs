using System.Text;
using TelnetTui.Chaos.Tests.Infrastructure;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Input;
using TelnetTui.Core.Replay;

namespace TelnetTui.Chaos.Tests.Security;

/// <summary>
/// Issue 8 §5, end to end: a password typed while the host echoes (RFC 857: the server said WILL ECHO)
/// never reaches the log, the capture or the input history. Real processes: <c>telnettui serve</c> (the
/// demo MUD's login) and the chaos driver (the session core with capture, log and history on, answering
/// the prompts as the input line would).
/// </summary>
public sealed class PasswordSecrecyTests : IDisposable
{
    private const string Password = "Tr0ub4dor&3-hunter2";

    private readonly string _dir = Directory.CreateTempSubdirectory("telnettui-secret-").FullName;

    [Fact]
    public void A_password_typed_at_a_hidden_prompt_is_in_no_file()
    {
        using var server = DriverProcess.App("serve", "--port", "0");
        var listening = server.WaitForLine(l => l.StartsWith("listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "listening");
        var port = listening[(listening.LastIndexOf(':') + 1)..];
        var capture = Path.Combine(_dir, "mud.ttcap");
        var log = Path.Combine(_dir, "mud.log");
        var history = Path.Combine(_dir, "history");
        using var driver = DriverProcess.Driver("session", "--host", "127.0.0.1", "--port", port, "--id", "demo-mud",
            "--capture", capture, "--log", log, "--history", history,
            "--on", "Your choice:=mud", "--on", "hp =login", "--on", "What name do you go by?=Zelda",
            "--on", "Choose a password:=" + Password, "--on", "Again, to be sure:=" + Password,
            "--exit-on", "Welcome, Zelda");
        Assert.Equal(0, driver.WaitForExit(TimeSpan.FromSeconds(60)));
        var lines = driver.Lines;
        Assert.Contains("line Welcome, Zelda.", lines);
        // Both passwords went out hidden: masked in line mode, or as keys in character mode (the demo
        // MUD says WILL SGA, so its WILL ECHO for the password makes kludge mode).
        Assert.True(2 == lines.Count(l => l is "sent (masked)" or "sent (keys)"), string.Join("\n", lines));
        Assert.Contains("sent Zelda", lines);

        var secret = Encoding.UTF8.GetBytes(Password);
        foreach (var file in Directory.GetFiles(_dir, "*", SearchOption.AllDirectories))
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(secret) < 0, $"the password is in {file}");

        Assert.True(RedactedRecords(capture) >= 2, "the capture should count the hidden input"); // what was sent, as byte counts only
        var remembered = File.ReadAllText(InputHistory.ForHost(history, "demo-mud").FilePath!);
        Assert.Contains("Zelda", remembered, StringComparison.Ordinal);
    }

    private static int RedactedRecords(string path)
    {
        using var reader = CaptureReader.Open(path);
        var count = 0;
        while (reader.TryRead(out var record))
        {
            if (record.Kind == CaptureRecordKind.SentRedacted)
                count++;
        }
        return count;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
