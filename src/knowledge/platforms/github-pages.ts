import { defineOverlay } from './types';

const PAGES = 'https://docs.github.com/en/pages';

export default defineOverlay({
  platform: 'github-pages',
  name: 'GitHub Pages',
  about: "GitHub's static site hosting, which publishes a site from a repository branch or a GitHub Actions workflow.",
  support:
    'GitHub Pages responses carry an x-github-request-id header; quote it with the time if you contact GitHub Support about the site.',
  codes: {
    '404': {
      lead: 'GitHub Pages has no file at this path in the published site, or no site is published at this address.',
      meaning:
        'GitHub Pages only serves the files that were published; it has no server-side routing. A custom 404.html is served with the 404 status, so a single-page app that uses it to handle deep links still shows up as a 404 here even when the page looks right.',
      causes: [
        {
          title: 'The wrong publishing source',
          detail:
            'The site publishes from another branch or folder (the root or /docs) than the one holding the built files.',
        },
        {
          title: 'No index.html at the top',
          detail: 'The entry file must sit at the top level of the source, named exactly index.html.',
        },
        {
          title: 'Case-sensitive paths',
          detail: 'About.html and about.html are different files here, even if they are not on your computer.',
        },
        {
          title: 'Files hidden by Jekyll',
          detail:
            'Branch builds run Jekyll, which leaves out files and folders whose names start with an underscore unless a .nojekyll file is present.',
        },
        {
          title: 'A wrong base path for a project site',
          detail: 'Project sites live under /repository-name/, so assets built for the domain root are not found.',
        },
        {
          title: 'The custom domain was lost',
          detail:
            'When publishing from a branch the domain lives in a CNAME file there, and a deploy tool that rewrites the branch can delete it.',
        },
      ],
      visitor: [
        {
          text: 'Check the address; project sites include the repository name in the path. Otherwise tell the site owner.',
        },
      ],
      owner: [
        {
          text: 'Check Settings, Pages: the source, the custom domain and the last deployment, and the Actions run that published it.',
        },
        {
          text: 'Add a .nojekyll file when publishing prebuilt files from a branch, and build with the right base path for project sites.',
          snippets: [
            { label: 'shell', code: 'touch .nojekyll' },
            { label: 'Vite (vite.config.js)', code: "export default {\n  base: '/my-repository/',\n};" },
          ],
        },
        {
          text: 'When publishing from a branch, keep the CNAME file in the published output, or set the domain again after each deploy.',
        },
      ],
      references: [
        {
          title: 'GitHub Docs: troubleshooting 404 errors for GitHub Pages sites',
          url: `${PAGES}/getting-started-with-github-pages/troubleshooting-404-errors-for-github-pages-sites`,
        },
        {
          title: 'GitHub Docs: configuring a publishing source',
          url: `${PAGES}/getting-started-with-github-pages/configuring-a-publishing-source-for-your-github-pages-site`,
        },
        {
          title: 'GitHub Docs: creating a custom 404 page',
          url: `${PAGES}/getting-started-with-github-pages/creating-a-custom-404-page-for-your-github-pages-site`,
        },
        {
          title: 'GitHub Docs: about GitHub Pages and Jekyll',
          url: `${PAGES}/setting-up-a-github-pages-site-with-jekyll/about-github-pages-and-jekyll`,
        },
        {
          title: 'GitHub Docs: troubleshooting custom domains',
          url: `${PAGES}/configuring-a-custom-domain-for-your-github-pages-site/troubleshooting-custom-domains-and-github-pages`,
        },
      ],
    },
    '429': {
      lead: 'GitHub Pages is rate limiting requests to this site or from your address.',
      visitor: [{ text: 'Wait a while before trying again.' }],
      owner: [{ text: 'Sites with heavy traffic can put a CDN in front, or move to hosting meant for that load.' }],
      references: [
        {
          title: 'GitHub Docs: GitHub Pages limits',
          url: `${PAGES}/getting-started-with-github-pages/github-pages-limits`,
        },
      ],
    },
    '5xx': {
      lead: "GitHub Pages had a server problem. These are usually short outages on GitHub's side.",
      visitor: [{ text: 'Check githubstatus.com and try again later.' }],
      owner: [{ text: 'Check githubstatus.com; if all is well there, redeploy the site.' }],
      references: [{ title: 'GitHub Status', url: 'https://www.githubstatus.com/' }],
    },
  },
});
