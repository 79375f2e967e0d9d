using System.Globalization;
using System.Text;

namespace ResourceMonitor.Demo;

/// <summary>
/// The one block the demo's log ends its start-up with (issue 17): where the park page is and how it authenticates, the API
/// key file, the MQTT credentials with a <c>mosquitto_sub</c> line that works as printed, InfluxDB, and the state directory.
/// </summary>
/// <param name="ParkName">The park's name.</param>
/// <param name="ParkId">The park's id (the MQTT topic prefix).</param>
/// <param name="Agents">How many simulated edge agents run.</param>
/// <param name="PageLink">The park page with a signed read-only link token.</param>
/// <param name="LinkExpires">When the link's token expires.</param>
/// <param name="WorkerUrl">The worker's base URL.</param>
/// <param name="ApiKeyFile">The file holding the demo's admin API key.</param>
/// <param name="BrokerPort">The embedded broker's port on 127.0.0.1.</param>
/// <param name="CredentialsDirectory">The directory of the broker's generated users and passwords.</param>
/// <param name="OperatorPasswordFile">The read-only operator's password file.</param>
/// <param name="InfluxUrl">InfluxDB's URL.</param>
/// <param name="StateDirectory">The demo's state directory.</param>
public sealed record DemoStartupSummary(
    string ParkName,
    string ParkId,
    int Agents,
    Uri PageLink,
    DateTimeOffset LinkExpires,
    Uri WorkerUrl,
    string ApiKeyFile,
    int BrokerPort,
    string CredentialsDirectory,
    string OperatorPasswordFile,
    string InfluxUrl,
    string StateDirectory)
{
    /// <summary>The <c>mosquitto_sub</c> command that follows the whole park read-only (a shell line).</summary>
    public string MosquittoSubCommand => string.Create(CultureInfo.InvariantCulture,
        $"mosquitto_sub -h 127.0.0.1 -p {BrokerPort} -u operator -P \"$(cat {Quote(OperatorPasswordFile)})\" -t 'rm/v1/{ParkId}/#' -v");

    /// <summary>The <c>curl</c> command that lists the open opportunities with the admin key (a shell line).</summary>
    public string CurlCommand => $"curl -H \"X-Api-Key: $(cat {Quote(ApiKeyFile)})\" {WorkerUrl}api/v1/opportunities";

    /// <summary>The block, one line per item.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Park demo ready: {ParkName}, {Agents} simulated edge agents. Press Ctrl+C to shut down.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  park page  {PageLink}");
        text.AppendLine(CultureInfo.InvariantCulture, $"             read-only link, valid until {LinkExpires:yyyy-MM-dd HH:mm} UTC and for this run only; or open {WorkerUrl}park and enter the API key");
        text.AppendLine(CultureInfo.InvariantCulture, $"  API key    {ApiKeyFile} (admin; never logged): {CurlCommand}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  MQTT       127.0.0.1:{BrokerPort}, users and passwords in {CredentialsDirectory}; follow the park read-only:");
        text.AppendLine(CultureInfo.InvariantCulture, $"             {MosquittoSubCommand}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  InfluxDB   {InfluxUrl} (readings wait in the spool while it does not answer; /health/ready says which)");
        text.Append(CultureInfo.InvariantCulture, $"  state      {StateDirectory} (delete it for a fresh start)");
        return text.ToString();
    }

    // A path with spaces or shell characters stays one word.
    private static string Quote(string path) => path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? path : $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
