// Keeps ONE comment from the content check on a pull request: updates the comment that carries
// the marker (src/check/pr-comment.ts), or creates it the first time. Called from
// .github/workflows/kommentar.yml through actions/github-script, and from the unit tests.
module.exports = async function upsertComment({ github, owner, repo, issueNumber, body, marker }) {
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const own = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
  if (own) {
    await github.rest.issues.updateComment({ owner, repo, comment_id: own.id, body });
    return { updated: own.id };
  }
  const created = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { created: created.data.id };
};
