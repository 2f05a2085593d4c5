import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  icon: { color: '#7df3e1', fontSize: 28 },
});

/** The mark in the collapsed sidebar. */
export const LogoIcon = () => {
  const classes = useStyles();
  return <span className={classes.icon}>⚓</span>;
};
