using TelnetTui.Demo.Sessions;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Mud;

/// <summary>
/// <c>login</c>: choose a name, then a password (new name) or give it (known name). Passwords are read
/// the way MUDs have always hidden them: the server says WILL ECHO before the first password prompt (and
/// waits for the client's DO), so the client stops echoing what is typed, and it echoes nothing itself
/// but the line end after each answer; when the passwords are done it says WONT ECHO (RFC 857). ECHO
/// stays on between two password questions, so no prompt can overtake a queued WILL. Every question times out.
/// </summary>
internal sealed class LoginFlow(DemoSession session, MudRealm realm, MudPlayer player)
{
    public const int MinName = 3;
    public const int MaxName = 16;
    public const int MinPassword = 3;

    /// <summary>Runs the dialogue; true when the player now has the chosen name. ECHO is off again afterwards.</summary>
    public async Task<bool> RunAsync()
    {
        try
        {
            return await DialogueAsync().ConfigureAwait(false);
        }
        finally
        {
            if (session.IsEnabled(TelnetSide.Local, TelnetOption.Echo) || session.Query(e => e.GetState(TelnetSide.Local, TelnetOption.Echo).IsPending))
                await session.SetEchoAsync(false).ConfigureAwait(false);
        }
    }

    private async Task<bool> DialogueAsync()
    {
        var answer = await AskAsync("What name do you go by? ", hidden: false).ConfigureAwait(false);
        if (answer is null)
            return false;
        var name = answer.Trim();
        if (name.Length == 0)
        {
            await session.WriteAsync("Never mind, then." + MudText.Crlf).ConfigureAwait(false);
            return false;
        }
        if (name.Length is < MinName or > MaxName || !name.All(char.IsAsciiLetter))
        {
            await session.WriteAsync(MudText.Error($"Names are {MinName} to {MaxName} letters (a-z), nothing else.")).ConfigureAwait(false);
            return false;
        }
        name = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
        if (realm.IsOnline(name, player))
        {
            await session.WriteAsync(MudText.Error($"{name} is already here.")).ConfigureAwait(false);
            return false;
        }
        var ok = realm.Accounts.Exists(name) ? await CheckPasswordAsync(name).ConfigureAwait(false) : await CreateAsync(name).ConfigureAwait(false);
        if (!ok)
            return false;
        var old = player.Name;
        if (!realm.TryRename(player, name))
        {
            await session.WriteAsync(MudText.Error($"{name} is already here.")).ConfigureAwait(false);
            return false;
        }
        player.LoggedIn = true;
        await session.WriteAsync($"Welcome, {MudColour.Player}{name}{MudColour.Reset}." + MudText.Crlf).ConfigureAwait(false);
        realm.TellRoom(player.RoomId, player, new NoticePosted($"{MudColour.Player}{old}{MudColour.Reset} is now known as {MudColour.Player}{name}{MudColour.Reset}."));
        return true;
    }

    private async Task<bool> CheckPasswordAsync(string name)
    {
        for (var attempt = 1; attempt <= DemoLimits.MaxPasswordAttempts; attempt++)
        {
            var password = await AskAsync("Password: ", hidden: true).ConfigureAwait(false);
            if (password is null)
                return false;
            if (realm.Accounts.Verify(name, password))
                return true;
            await session.WriteAsync(MudText.Error("Wrong password.")).ConfigureAwait(false);
        }
        await session.WriteAsync(MudText.Error("Too many wrong passwords.")).ConfigureAwait(false);
        return false;
    }

    private async Task<bool> CreateAsync(string name)
    {
        await session.WriteAsync($"{name} is a new name here." + MudText.Crlf).ConfigureAwait(false);
        var first = await AskAsync("Choose a password: ", hidden: true).ConfigureAwait(false);
        if (first is null)
            return false;
        if (first.Length < MinPassword)
        {
            await session.WriteAsync(MudText.Error($"A password needs at least {MinPassword} characters.")).ConfigureAwait(false);
            return false;
        }
        var second = await AskAsync("Again, to be sure: ", hidden: true).ConfigureAwait(false);
        if (second is null)
            return false;
        if (second != first)
        {
            await session.WriteAsync(MudText.Error("The passwords differ; nothing was saved.")).ConfigureAwait(false);
            return false;
        }
        if (!realm.Accounts.TryCreate(name, first))
        {
            await session.WriteAsync(MudText.Error("No more names can be made on this server.")).ConfigureAwait(false);
            return false;
        }
        return true;
    }

    /// <summary>Asks one question; null (after saying so) when it times out or the line is too long.</summary>
    private async Task<string?> AskAsync(string prompt, bool hidden)
    {
        if (hidden && !session.IsEnabled(TelnetSide.Local, TelnetOption.Echo))
            await session.SetEchoAsync(true).ConfigureAwait(false);
        await session.PromptAsync(prompt).ConfigureAwait(false);
        var line = await session.ReadLineAsync(session.Context.Options.LoginTimeout).ConfigureAwait(false);
        if (hidden)
            await session.WriteAsync(MudText.Crlf).ConfigureAwait(false);
        if (line is null)
        {
            await session.WriteAsync(MudText.Error("Too slow; login cancelled.")).ConfigureAwait(false);
            return null;
        }
        if (line.Value.TooLong)
        {
            await session.WriteAsync(MudText.Error("That is far too long; login cancelled.")).ConfigureAwait(false);
            return null;
        }
        return line.Value.Text;
    }
}
