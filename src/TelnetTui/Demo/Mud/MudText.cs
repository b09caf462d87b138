using System.Text;

namespace TelnetTui.Demo.Mud;

/// <summary>How the MUD's text looks on screen: room, prompt, who list, with ANSI colours. CR LF line ends.</summary>
internal static class MudText
{
    public const string Crlf = "\r\n";

    public static string Prompt(Vitals v)
        => $"{MudColour.Exits}<\x1b[1;32m{v.Hp}/{v.MaxHp}hp \x1b[1;34m{v.Mp}/{v.MaxMp}mp \x1b[1;33m{v.Mv}/{v.MaxMv}mv{MudColour.Exits}>{MudColour.Reset} ";

    public static string Room(MudRoom room, IReadOnlyList<string> others)
    {
        var sb = new StringBuilder();
        sb.Append(MudColour.RoomName).Append(room.Name).Append(MudColour.Dim).Append(" [").Append(room.Vnum).Append(']').Append(MudColour.Reset).Append(Crlf);
        foreach (var line in room.Description)
            sb.Append("  ").Append(line).Append(Crlf);
        sb.Append(MudColour.Exits).Append("[Exits: ").Append(string.Join(' ', room.Exits.Select(e => e.Direction))).Append(']').Append(MudColour.Reset).Append(Crlf);
        foreach (var name in others)
            sb.Append(MudColour.Player).Append(name).Append(MudColour.Reset).Append(" is here.").Append(Crlf);
        return sb.ToString();
    }

    public static string Banner(string worldName, string playerName) =>
        $"{Crlf}{MudColour.RoomName}~ {worldName} ~{MudColour.Reset}  a tiny MUD inside TelnetTui's demo server{Crlf}"
        + $"You are {MudColour.Player}{playerName}{MudColour.Reset}. Type {MudColour.Heading}help{MudColour.Reset} for commands, "
        + $"{MudColour.Heading}login{MudColour.Reset} to choose a name, {MudColour.Heading}quit{MudColour.Reset} to leave.{Crlf}{Crlf}";

    public static string Error(string text) => MudColour.Error + text + MudColour.Reset + Crlf;
}
