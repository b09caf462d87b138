using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.App.Tests.Demo;

/// <summary>
/// The MUD's <c>login</c>: a password is asked for with the server's ECHO on (so the client does not show
/// what is typed, RFC 857) and ECHO goes off again after the answer; the server never echoes it either.
/// </summary>
public class LoginTests
{
    private static bool ServerEchoes(DemoClient c) => c.IsEnabled(TelnetSide.Remote, TelnetOption.Echo);

    [Fact]
    public async Task A_new_name_asks_for_a_password_twice_with_echo_off_and_then_turns_echo_back()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.EndsWith("What name do you go by? ", await client.CommandAsync("login"));
        Assert.False(ServerEchoes(client));

        var text = await client.CommandAsync("ada");
        Assert.Contains("Ada is a new name here.", text);
        Assert.EndsWith("Choose a password: ", text);
        // WILL ECHO came before the prompt: the client already hides what is typed.
        Assert.True(ServerEchoes(client));

        var from = client.DataLength;
        Assert.EndsWith("Again, to be sure: ", await client.CommandAsync("hunter22"));
        Assert.True(ServerEchoes(client));
        var welcome = await client.CommandAsync("hunter22");
        Assert.Contains("Welcome, \x1b[1;33mAda\x1b[0m.", welcome);
        Assert.False(ServerEchoes(client));
        Assert.DoesNotContain("hunter22", client.TextFrom(from));
        // ECHO went on once for both password questions and off once at the end.
        Assert.Equal(1, client.Records.Count(r => r.Direction == Telnet.Engine.TelnetDirection.Received && r.Meaning == "WILL ECHO"));
        Assert.Equal(1, client.Records.Count(r => r.Direction == Telnet.Engine.TelnetDirection.Received && r.Meaning == "WONT ECHO"));

        Assert.Contains("Ada\x1b[0m  (logged in)", await client.CommandAsync("score"));
        await client.WaitForAsync(c => c.Messages.LastOrDefault(m => m.Protocol == MudProtocol.Gmcp && m.Name == "Char.Name")?.Value["name"]?.AsString == "Ada", "Char.Name Ada");
    }

    [Fact]
    public async Task A_known_name_needs_its_password_and_three_wrong_ones_end_the_attempt()
    {
        await using var server = DemoHarness.Start();
        await using (var first = await MudSession.EnterAsync(server))
        {
            await first.CommandAsync("login");
            await first.CommandAsync("Grace");
            await first.CommandAsync("cobol");
            Assert.Contains("Welcome", await first.CommandAsync("cobol"));
            await first.CommandAsync("quit");
        }
        await using var second = await MudSession.EnterAsync(server);
        await second.CommandAsync("login");
        Assert.EndsWith("Password: ", await second.CommandAsync("grace"));
        Assert.True(ServerEchoes(second));
        var wrong = await second.CommandAsync("fortran");
        Assert.Contains("Wrong password.", wrong);
        Assert.EndsWith("Password: ", wrong);
        Assert.True(ServerEchoes(second));
        await second.CommandAsync("lisp");
        var last = await second.CommandAsync("algol");
        Assert.Contains("Too many wrong passwords.", last);
        Assert.False(ServerEchoes(second));
        Assert.Contains("Wanderer", await second.CommandAsync("score"));

        await second.CommandAsync("login");
        await second.CommandAsync("GRACE");
        Assert.Contains("Welcome, \x1b[1;33mGrace", await second.CommandAsync("cobol"));
    }

    [Fact]
    public async Task Names_are_checked_and_one_in_use_cannot_be_taken()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        await using var bob = await MudSession.EnterAsync(server);
        await ann.CommandAsync("login");
        Assert.Contains("Names are 3 to 16 letters", await ann.CommandAsync("x1"));
        await bob.CommandAsync("login");
        await bob.CommandAsync("bob");
        await bob.CommandAsync("builder");
        Assert.Contains("Welcome", await bob.CommandAsync("builder"));
        await ann.CommandAsync("login");
        Assert.Contains("Bob is already here.", await ann.CommandAsync("BOB"));
        Assert.False(ServerEchoes(ann));
        await ann.CommandAsync("login");
        Assert.Contains("Never mind", await ann.CommandAsync(""));
        await ann.CommandAsync("login");
        await ann.CommandAsync("Linus");
        Assert.Contains("at least 3 characters", await ann.CommandAsync("ab"));
        await ann.CommandAsync("login");
        await ann.CommandAsync("Linus");
        await ann.CommandAsync("penguin");
        Assert.Contains("The passwords differ", await ann.CommandAsync("pengiun"));
        Assert.False(ServerEchoes(ann));
    }

    [Fact]
    public async Task An_unanswered_password_prompt_times_out_and_echo_comes_back()
    {
        await using var server = DemoHarness.Start(o => o.LoginTimeout = TimeSpan.FromMilliseconds(500));
        await using var client = await MudSession.EnterAsync(server);
        await client.CommandAsync("login");
        await client.CommandAsync("Ada");
        Assert.True(ServerEchoes(client));
        var from = client.DataLength;
        await client.WaitForTextAsync("Too slow; login cancelled.", from);
        await client.WaitForAsync(c => !ServerEchoes(c), "WONT ECHO");
    }

    [Fact]
    public async Task A_password_typed_one_key_at_a_time_with_backspaces_works()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        await client.CommandAsync("login");
        await client.CommandAsync("Keys");
        // In character mode a client sends each key as pressed; BS and DEL erase.
        var from = client.DataLength;
        foreach (var key in new[] { "s", "e", "x", "\b", "c", "r", "e", "t", "!", "\x7f", "\r\n" })
            await client.Channel.WriteAsync(key);
        await client.WaitForPromptAsync(from);
        var again = await client.CommandAsync("secret");
        Assert.Contains("Welcome", again);
    }
}
