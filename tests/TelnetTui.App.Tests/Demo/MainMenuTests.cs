using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The main menu: one port, a short menu, areas chosen by a line (line mode) or a single key (character mode).</summary>
public class MainMenuTests
{
    [Fact]
    public async Task A_new_client_gets_the_menu_in_line_mode_with_a_marked_prompt()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        var menu = await client.WaitForPromptAsync(0);
        Assert.Contains("BBS", menu);
        Assert.Contains("MUD", menu);
        Assert.Contains("Lab", menu);
        Assert.EndsWith("Your choice: ", menu);
        // Line mode: the server does not echo (RFC 857), so the client keeps its local input line.
        Assert.False(client.IsEnabled(TelnetSide.Remote, TelnetOption.Echo));
        // EOR was agreed at connect, so the prompt ends in IAC EOR (RFC 885).
        Assert.Equal(PromptMark.EndOfRecord, client.Prompts[0].Mark);
    }

    [Theory]
    [InlineData("mud", "Lanternfall")]
    [InlineData("m", "Lanternfall")]
    [InlineData("LAB", "Negotiation lab")]
    [InlineData("l", "Negotiation lab")]
    public async Task Typing_an_area_name_or_its_letter_and_Enter_enters_it(string line, string expected)
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        Assert.Contains(expected, await client.CommandAsync(line));
    }

    [Fact]
    public async Task Typing_bbs_enters_the_BBS_which_switches_to_character_mode()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        await client.Channel.WriteLineAsync("bbs");
        // The BBS turns on the server's ECHO and SGA: every key now goes straight to it (kludge character mode).
        await client.WaitForAsync(c => c.IsEnabled(TelnetSide.Remote, TelnetOption.Echo) && c.IsEnabled(TelnetSide.Remote, TelnetOption.SuppressGoAhead), "WILL ECHO and WILL SGA");
        await client.WaitForTextAsync(@"\x1b\[6n");
    }

    [Fact]
    public async Task In_character_mode_single_keys_choose_without_Enter()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        await client.Channel.WriteLineAsync("b");
        await client.WaitForTextAsync(@"\x1b\[6n");
        await client.Channel.WriteAsync("\x1b[5;2R");
        await client.WaitForTextAsync("any key");
        await client.Channel.WriteAsync(" ");
        await client.WaitForTextAsync("Your key: ");
        // Back to the main menu: still character mode, so it asks for a single key.
        var from = client.DataLength;
        await client.Channel.WriteAsync("m");
        await client.WaitForTextAsync("Press B, M, L or Q", from);
        from = client.DataLength;
        await client.Channel.WriteAsync("M");
        await client.WaitForTextAsync("Lanternfall", from);
        // The MUD puts the client back in line mode (WONT ECHO).
        await client.WaitForAsync(c => !c.IsEnabled(TelnetSide.Remote, TelnetOption.Echo), "WONT ECHO");
    }

    [Fact]
    public async Task Anything_else_gets_a_hint_and_quit_says_goodbye_and_closes()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        Assert.Contains("Type bbs, mud, lab or quit", await client.CommandAsync("xyzzy"));
        await client.Channel.WriteLineAsync("quit");
        await client.WaitForTextAsync("Goodbye!");
        Assert.NotNull(await client.Channel.Connection.Closed.WaitAsync(DemoClient.Wait, DemoClient.Ct));
    }
}
