import { Link } from '@backstage/core-components';
import { makeStyles, Tooltip, Typography } from '@material-ui/core';
import { ContainerImage } from '../../model/types';

const useStyles = makeStyles(theme => ({
  image: {
    display: 'block',
    fontFamily: 'monospace',
    fontSize: '0.85em',
    overflowWrap: 'anywhere',
  },
  drift: {
    display: 'inline-block',
    marginLeft: theme.spacing(1),
    padding: theme.spacing(0, 0.75),
    borderRadius: 4,
    fontWeight: 600,
    color: theme.palette.warning.contrastText ?? '#000',
    backgroundColor: theme.palette.warning.main,
  },
  same: { marginLeft: theme.spacing(1), color: theme.palette.success.main },
  upgrade: { marginLeft: theme.spacing(1), fontWeight: 600 },
  notInGit: {
    marginLeft: theme.spacing(1),
    color: theme.palette.text.secondary,
  },
}));

/**
 * A running image, against the tag git asks for; drift is highlighted, with a link to
 * the upgrade template prefilled with the running tag when `upgradeHref` is given.
 */
export function ImageTag(props: { image: ContainerImage; upgradeHref?: string; app?: string }) {
  const classes = useStyles();
  const { image, upgradeHref, app } = props;
  const running = `${image.repository}${image.tag ? `:${image.tag}` : ''}${
    image.digest ? `@${image.digest.slice(0, 19)}` : ''
  }`;
  return (
    <Typography
      component="span"
      className={classes.image}
      data-drift={image.drift}
    >
      {running}
      {image.drift === 'drift' && (
        <Tooltip
          title={`Running ${image.tag ?? 'latest'}, git asks for ${
            image.gitTag
          }`}
        >
          <span
            className={classes.drift}
            aria-label={`drift: git has ${image.gitTag}`}
          >
            git: {image.gitTag}
          </span>
        </Tooltip>
      )}
      {image.drift === 'drift' && upgradeHref && (
        <Link to={upgradeHref} className={classes.upgrade}>
          {`Upgrade ${app ?? 'git'} to ${image.tag}`}
        </Link>
      )}
      {image.drift === 'same' && <span className={classes.same}>= git</span>}
      {image.drift === 'not-in-git' && (
        <span className={classes.notInGit}>(not named in git)</span>
      )}
    </Typography>
  );
}
