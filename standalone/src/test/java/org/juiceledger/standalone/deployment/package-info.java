/** Checks of the deployment files (compose, Dockerfiles, example environment) where no Docker engine runs. */
package org.juiceledger.standalone.deployment;
