using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TelnetTui.App.Tests.Demo.Support;
using TelnetTui.Demo.Assets;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.App.Tests.Demo;

/// <summary>The MUD area as a player meets it: line mode, rooms, movement, talk, who, score, help, quit, prompts.</summary>
public class MudTests
{
    [Fact]
    public async Task Entering_shows_the_room_in_colour_and_a_prompt_with_vitals_in_line_mode()
    {
        await using var server = DemoHarness.Start();
        await using var client = await server.ConnectAsync();
        await client.WaitForPromptAsync(0);
        var from = client.DataLength;
        var text = await client.CommandAsync("mud");
        Assert.Contains("\x1b[1;36mLantern Square", text);
        Assert.Contains("[Exits: north east south west]", text);
        Assert.EndsWith("\x1b[0;32m<\x1b[1;32m100/100hp \x1b[1;34m80/80mp \x1b[1;33m120/120mv\x1b[0;32m>\x1b[0m ", text);
        Assert.False(client.IsEnabled(TelnetSide.Remote, TelnetOption.Echo));
        Assert.True(client.Prompts.Count >= 2);
    }

    [Fact]
    public async Task Prompts_end_in_EOR_when_it_is_agreed()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.True(client.IsEnabled(TelnetSide.Remote, TelnetOption.EndOfRecord));
        await client.CommandAsync("look");
        // RFC 885: with END-OF-RECORD agreed, the server marks each prompt with IAC EOR.
        Assert.All(client.Prompts, p => Assert.Equal(PromptMark.EndOfRecord, p.Mark));
        Assert.DoesNotContain(client.Records, r => r.Meaning == "GA");
    }

    [Fact]
    public async Task Prompts_end_in_GA_when_the_client_refuses_EOR()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server, o => o.Settings.Policy.Set(TelnetOption.EndOfRecord, TelnetSide.Remote, OptionPolicy.Refuse));
        Assert.False(client.IsEnabled(TelnetSide.Remote, TelnetOption.EndOfRecord));
        var look = await client.CommandAsync("look");
        Assert.Contains("Lantern Square", look);
        // RFC 854: IAC GA ends the prompt when EOR is not in use.
        Assert.All(client.Prompts, p => Assert.Equal(PromptMark.GoAhead, p.Mark));
    }

    [Fact]
    public async Task Walking_shows_each_room_spends_moves_and_walls_stop_you()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        var library = await client.CommandAsync("north");
        Assert.Contains("The Quiet Library", library);
        Assert.Contains("[Exits: south up]", library);
        Assert.Contains("119/120mv", library);
        var tower = await client.CommandAsync("u");
        Assert.Contains("The Bell Tower", tower);
        Assert.Contains("116/120mv", tower); // the stairs cost 3
        Assert.Contains("You cannot go north from here.", await client.CommandAsync("go north"));
        Assert.Contains("To the down lies", await client.CommandAsync("look down"));
        Assert.Contains("The Quiet Library", await client.CommandAsync("go down"));
        Assert.Contains("Lantern Square", await client.CommandAsync("s"));
    }

    [Fact]
    public async Task Room_text_keeps_wide_CJK_characters_and_combining_marks_as_written()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        var library = await client.CommandAsync("n");
        Assert.Contains("図書館", library);
        Assert.Contains("도서관", library);
        Assert.Contains("Βιβλιοθήκη", library);
        // Decomposed on purpose: e + U+0302 + U+0301, e + U+0323 + U+0302 (not normalised on the way).
        Assert.Contains("Tie\u0302\u0301ng Vie\u0323\u0302t", library);
        await client.CommandAsync("s");
        var teahouse = await client.CommandAsync("e");
        Assert.Contains("月葉茶館", teahouse);
        Assert.Contains("Zoe\u0308", teahouse);
        Assert.Contains("cre\u0300me bru\u0302le\u0301e", teahouse);
    }

    [Fact]
    public void Every_description_line_fits_76_columns_and_every_room_can_be_reached()
    {
        var world = DemoAssets.Default.World;
        foreach (var room in world.Rooms.Values)
        {
            foreach (var line in room.Description)
                Assert.True(Columns(line) <= 76, $"{room.Id}: \"{line}\" takes {Columns(line)} columns");
        }
        var seen = new HashSet<string> { world.StartRoom };
        var queue = new Queue<string>([world.StartRoom]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var exit in world.Room(id).Exits)
            {
                if (seen.Add(exit.Target))
                    queue.Enqueue(exit.Target);
            }
        }
        Assert.Equal(world.Rooms.Count, seen.Count);
        Assert.Contains(world.Rooms.Values, r => r.Description.Any(l => l.Any(c => c >= 0x3000)));
        Assert.Contains(world.Rooms.Values, r => r.Description.Any(l => l.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)));
    }

    [Fact]
    public async Task Say_reaches_the_others_in_the_room_and_only_them()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        await using var bob = await MudSession.EnterAsync(server);
        await using var cy = await MudSession.EnterAsync(server);
        await cy.CommandAsync("south");
        var from = bob.DataLength;
        var cyFrom = cy.DataLength;
        Assert.Contains("You say, 'hello there'", await ann.CommandAsync("say hello there"));
        await bob.WaitForTextAsync("Wanderer1 says, 'hello there'", from);
        Assert.Contains("You say, 'and again'", await ann.CommandAsync("'and again"));
        await bob.WaitForTextAsync("Wanderer1 says, 'and again'", from);
        Assert.DoesNotContain("hello there", cy.TextFrom(cyFrom));
    }

    [Fact]
    public async Task What_one_player_says_cannot_put_control_sequences_on_anothers_screen()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        await using var bob = await MudSession.EnterAsync(server);
        var from = bob.DataLength;
        // ESC sequences are dropped as typed; an 8-bit CSI (U+009B) is replaced.
        await ann.CommandAsync("say a\x1b[2Jb\u009b2Jc");
        var heard = await bob.WaitForTextAsync("says, '(.*)'", from);
        Assert.Equal("ab?2Jc", heard.Groups[1].Value);
    }

    [Fact]
    public async Task Who_lists_everyone_and_where_they_are()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        await using var bob = await MudSession.EnterAsync(server);
        await bob.CommandAsync("e");
        var who = await ann.CommandAsync("who");
        Assert.Matches(@"Wanderer1\s+\x1b\[0m  Lantern Square", who);
        Assert.Matches(@"Wanderer2\s+\x1b\[0m  Moonleaf Teahouse", who);
        Assert.Contains("2 players online.", who);
        Assert.Equal(2, server.Server.MudPlayers);
    }

    [Fact]
    public async Task Score_shows_the_character_and_what_the_client_reported()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server, o => { o.Settings.InitialColumns = 132; o.Settings.InitialRows = 43; });
        var score = await client.CommandAsync("sc");
        Assert.Contains("Health 100/100   Mana 80/80   Moves 120/120", score);
        Assert.Contains("Room   Lantern Square [1000] in Lanternfall", score);
        Assert.Contains("Client TelnetTui 0.1.0, terminal XTERM-256COLOR, window 132x43, text utf-8", score);
        Assert.Contains("GMCP on, MSDP on, MSSP on, MCCP2 on, EOR on", score);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_unknown_words_get_a_hint()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        var help = await client.CommandAsync("help");
        foreach (var word in new[] { "look", "north", "go", "say", "who", "score", "login", "flood", "quit" })
            Assert.Contains(word, help);
        Assert.Contains("Huh? 'dance' is not a command here.", await client.CommandAsync("dance"));
        // An empty line just gets a fresh prompt.
        Assert.Matches(@"^\x1b\[0;32m<", await client.CommandAsync(""));
    }

    [Fact]
    public async Task Quit_goes_back_to_the_main_menu_and_leaves_the_world()
    {
        await using var server = DemoHarness.Start();
        await using var client = await MudSession.EnterAsync(server);
        Assert.Equal(1, server.Server.MudPlayers);
        var menu = await client.CommandAsync("quit");
        Assert.Contains("out of Lanternfall", menu);
        Assert.EndsWith("Your choice: ", menu);
        Assert.Equal(0, server.Server.MudPlayers);
    }

    [Fact]
    public async Task Arrivals_and_departures_are_announced_with_a_fresh_prompt()
    {
        await using var server = DemoHarness.Start();
        await using var ann = await MudSession.EnterAsync(server);
        var from = ann.DataLength;
        await using var bob = await MudSession.EnterAsync(server);
        await ann.WaitForTextAsync("Wanderer2\x1b\\[0m steps out of the lantern light", from);
        var prompt = await ann.WaitForPromptAsync(from);
        Assert.Contains("steps out", prompt);
        from = ann.DataLength;
        await bob.CommandAsync("w");
        await ann.WaitForTextAsync("Wanderer2\x1b\\[0m leaves west", from);
    }

    /// <summary>Display columns: East Asian wide/fullwidth characters take two, combining marks none.</summary>
    private static int Columns(string text)
    {
        var n = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                continue;
            var v = rune.Value;
            n += v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFF60) ? 2 : 1;
        }
        return n;
    }
}
