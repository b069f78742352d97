/** The sign-in form of the queue dashboard: no script, no external file. */
export const LOGIN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Queue dashboard: sign in</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; }
textarea { width: 100%; font-family: monospace; }
button { margin-top: 1rem; padding: .5rem 1.5rem; }
</style>
</head>
<body>
<h1>Queue dashboard</h1>
<p>Paste an admin token (<code>npm run token -- --admin</code> in development). It is exchanged for a
session cookie that only this dashboard receives and that ends within the session time or when the token
expires, whichever comes first.</p>
<form method="post" action="/admin/queues/session">
<label for="token">Admin token</label>
<textarea id="token" name="token" rows="6" required autocomplete="off" spellcheck="false"></textarea>
<button type="submit">Open the dashboard</button>
</form>
</body>
</html>
`;
