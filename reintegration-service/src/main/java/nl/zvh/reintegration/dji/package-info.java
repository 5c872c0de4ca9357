/** DJI (prison service) notifications: detention started, release date changed, transferred, released. */
package nl.zvh.reintegration.dji;
